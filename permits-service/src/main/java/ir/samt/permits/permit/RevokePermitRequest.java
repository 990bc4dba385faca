package ir.samt.permits.permit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevokePermitRequest")
public record RevokePermitRequest(
        @NotBlank @Size(max = 500) @Schema(example = "عدم رعایت ضوابط زیست‌محیطی") String reason) {
}
