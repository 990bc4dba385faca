package ir.samt.contracts.totals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A province (or the country, {@code IR}) with its Persian and English names. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProvinceRef(@JsonProperty(required = true) String code, String nameFa, String nameEn) {
}
