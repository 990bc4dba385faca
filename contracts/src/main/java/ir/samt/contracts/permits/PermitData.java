package ir.samt.contracts.permits;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ir.samt.contracts.EventData;
import ir.samt.contracts.json.Count;
import ir.samt.contracts.json.IsoDate;
import ir.samt.contracts.json.Rials;

/**
 * The {@code data} of every licence event on {@code samt.permits.v1}: {@code ir.samt.permit.issued},
 * {@code .renewed}, {@code .revoked}, {@code .expired} (docs/events.md, {@code PermitData} in
 * docs/asyncapi.yaml). Every dimension and amount a consumer needs, and no personal data about the
 * holder.
 *
 * <p>Written field by field in this order, nulls included, except {@code reason}, which only a
 * revocation carries, and the two
 * fields added within v1 ({@code progressPercent}, {@code establishmentPermitId}), written only when set. {@code required} marks what the schema requires; unknown fields are ignored on
 * reading, since v1 only grows.
 *
 * @param version       the licence's version after the change, 1 on issue
 * @param effectiveDate the issue, renewal, revocation or expiry date
 * @param reason        why the licence was revoked; revocations only
 * @param progressPercent an establishment licence's latest reported physical progress; only once it has a
 *                      report (added within v1, so stats can take a revoked project out of its progress band)
 * @param establishmentPermitId on an operating licence's issue, the establishment licence at 100 % it follows
 *                      from; only then (added within v1)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermitData(
        @JsonProperty(required = true) UUID permitId,
        @JsonProperty(required = true) String licenceNumber,
        @JsonProperty(required = true) PermitKind kind,
        PermitScope scope,
        GuildTerm guildTerm,
        @JsonProperty(required = true) String province,
        @JsonProperty(required = true) String county,
        String estateCode,
        UUID unitId,
        @JsonProperty(required = true) String activityCode,
        @JsonProperty(required = true) String sector,
        @JsonProperty(required = true) @Rials BigInteger fixedInvestmentRials,
        @JsonProperty(required = true) @Count Integer jobs,
        @JsonProperty(required = true) @IsoDate LocalDate issuedOn,
        @IsoDate LocalDate validUntil,
        @JsonProperty(required = true) PermitStatus status,
        PermitStatus previousStatus,
        @JsonProperty(required = true) long version,
        @JsonProperty(required = true) @IsoDate LocalDate effectiveDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Count Integer progressPercent,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID establishmentPermitId) implements EventData {
}
