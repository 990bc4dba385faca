package ir.samt.permits.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ir.samt.platform.calendar.DateInput;
import ir.samt.platform.problem.ProblemException;

/** An imported licence's history replayed by the lifecycle rules, without a database. */
class LicenceHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static LocalDate jalali(String date) {
        return DateInput.parse(date);
    }

    private static IssuePermitRequest licence(PermitKind kind, GuildTerm term, LocalDate issuedOn) {
        return new IssuePermitRequest(kind, kind == PermitKind.GUILD ? null : PermitScope.NEW, term,
                new IssuePermitRequest.Holder("نانوایی امید", "0076229645"), "IR-25", "قم", null, null, "1541", null, null,
                0L, 3, issuedOn, null, "ref-1");
    }

    private static LicenceDraft replay(IssuePermitRequest licence, List<LocalDate> renewedOn, LocalDate revokedOn,
            String reason) {
        return LicenceHistory.replay(new LicenceHistory.Recorded(licence, null, renewedOn, revokedOn, reason), TODAY);
    }

    private static List<String> steps(LicenceDraft draft) {
        return draft.history().stream().map(s -> s.change() + " " + s.effectiveDate() + " " + s.previous() + "->"
                + s.status() + " v" + s.changeNumber()).toList();
    }

    private static String field(Runnable replay) {
        try {
            replay.run();
        } catch (ProblemException e) {
            return e.problem().errors().get(0).field() + ": " + e.problem().errors().get(0).message();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void aTemporaryGuildLicenceExpiresTheDayAfterItsOneYearAndCannotBeRenewed() {
        LicenceDraft draft = replay(licence(PermitKind.GUILD, GuildTerm.TEMPORARY, jalali("1403/01/10")), List.of(), null, null);
        assertThat(steps(draft)).containsExactly("ISSUED 2024-03-29 null->ACTIVE v1",
                "EXPIRED " + jalali("1404/01/11") + " ACTIVE->EXPIRED v2");
        assertThat(draft.licence().status).isEqualTo(PermitStatus.EXPIRED);
        assertThat(draft.licence().version).isEqualTo(1);

        assertThat(field(() -> replay(licence(PermitKind.GUILD, GuildTerm.TEMPORARY, jalali("1403/01/10")),
                List.of(jalali("1404/01/10")), null, null))).startsWith("renewedOn: the renewal on").contains("granted once");
    }

    @Test
    void anEstablishmentLicenceIsRenewedAtMostTwiceWithoutAProgressReport() {
        IssuePermitRequest establishment = licence(PermitKind.ESTABLISHMENT, null, jalali("1402/03/01"));
        LicenceDraft twice = replay(establishment, List.of(jalali("1403/03/01"), jalali("1404/03/01")), null, null);
        assertThat(twice.licence().renewals).isEqualTo(2);
        assertThat(twice.licence().status).isEqualTo(PermitStatus.EXPIRED); // its third term ended on 1405/03/01
        assertThat(twice.history()).extracting(LicenceDraft.Step::change).containsExactly(PermitChange.Change.ISSUED,
                PermitChange.Change.RENEWED, PermitChange.Change.RENEWED, PermitChange.Change.EXPIRED);

        assertThat(field(() -> replay(establishment, List.of(jalali("1403/03/01"), jalali("1404/03/01"),
                jalali("1405/03/01")), null, null))).contains("at most 2 times");
    }

    @Test
    void aHistoryOutOfOrderOrInTheFutureOrARevocationWithoutItsDateIsRefusedNamingTheField() {
        IssuePermitRequest guild = licence(PermitKind.GUILD, GuildTerm.PERMANENT, jalali("1398/02/11"));
        assertThat(field(() -> replay(guild, List.of(jalali("1397/01/01")), null, null))).startsWith("renewedOn: must list");
        assertThat(field(() -> replay(guild, List.of(TODAY.plusDays(1)), null, null))).startsWith("renewedOn: must not be");
        assertThat(field(() -> replay(guild, List.of(jalali("1403/02/11")), jalali("1401/01/01"), "تخلف")))
                .startsWith("revokedOn: must not be before");
        assertThat(field(() -> replay(guild, List.of(), jalali("1401/01/01"), null))).startsWith("revocationReason: is required");
        assertThat(field(() -> replay(guild, List.of(), null, "تخلف"))).startsWith("revocationReason: applies only");
        assertThat(field(() -> replay(licence(PermitKind.GUILD, GuildTerm.PERMANENT, null), List.of(), null, null)))
                .startsWith("issuedOn: is required");
    }

    @Test
    void aRevocationAfterTheTermEndedFollowsItsExpiry() {
        LicenceDraft draft = replay(licence(PermitKind.GUILD, GuildTerm.TEMPORARY, jalali("1400/01/10")), List.of(),
                jalali("1402/05/01"), "تخلف صنفی");
        assertThat(steps(draft)).containsExactly("ISSUED " + jalali("1400/01/10") + " null->ACTIVE v1",
                "EXPIRED " + jalali("1401/01/11") + " ACTIVE->EXPIRED v2",
                "REVOKED " + jalali("1402/05/01") + " EXPIRED->REVOKED v3");
        assertThat(draft.licence().revocationReason).isEqualTo("تخلف صنفی");
    }
}
