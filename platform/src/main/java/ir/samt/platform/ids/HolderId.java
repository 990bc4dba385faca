package ir.samt.platform.ids;

import java.util.Objects;
import java.util.Optional;

/**
 * The ID of a licence holder: a natural person's national code or a legal entity's national ID.
 * The two are told apart by length (10 vs 11 digits), so one input field can take either.
 *
 * @param kind  which identifier this is
 * @param value the normalised ASCII digits (10 or 11)
 */
public record HolderId(Kind kind, String value) {

    public enum Kind { NATIONAL_CODE, LEGAL_ENTITY_ID }

    public HolderId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses user input: spaces and dashes are stripped, Persian/Arabic digits accepted;
     * 8–10 digits are read as a national code, 11 as a legal-entity ID.
     *
     * @return the ID, or empty if the input is not a valid national code or legal-entity ID
     */
    public static Optional<HolderId> parse(String raw) {
        String digits = IdDigits.clean(raw);
        if (digits == null) {
            return Optional.empty();
        }
        if (digits.length() == 11) {
            return Optional.ofNullable(LegalEntityId.normalize(digits))
                    .map(v -> new HolderId(Kind.LEGAL_ENTITY_ID, v));
        }
        return Optional.ofNullable(NationalCode.normalize(digits))
                .map(v -> new HolderId(Kind.NATIONAL_CODE, v));
    }
}
