package ir.samt.permits.permit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ir.samt.platform.cloudevents.CloudEvent;
import ir.samt.platform.importing.ChunkWriter;
import ir.samt.platform.jdbc.CopyRows;
import ir.samt.platform.jdbc.StagedInsert;
import ir.samt.platform.outbox.Outbox;

/**
 * Writes one chunk of imported licences in one transaction, as units-service's ImportWriter does units: the
 * chunk is streamed with {@code COPY} into a session-local staging table and moved into {@code permit} by one
 * INSERT ... SELECT that skips licences whose externalRef is already stored; then, for the licences actually
 * inserted, every change of their history as an outbox event (one COPY for the chunk) and a history entry
 * (COPY). A re-import writes and publishes nothing. Licence numbers the file did not give are drawn here, a
 * chunk's worth per province and year in one round trip; numbers it did give in this service's own form are
 * taken out of their sequence ({@link LicenceNumbers#reserve}).
 */
@ApplicationScoped
public class LicenceImportWriter implements ChunkWriter<LicenceDraft> {

    /** Emptied at every commit or rollback: a chunk never sees another's rows. Cast by the INSERT, as a plain INSERT would. */
    private static final String CREATE_STAGE = """
            CREATE TEMPORARY TABLE IF NOT EXISTS permit_import_stage (
                id uuid, licence_number text, external_ref text, kind text, scope text, guild_term text,
                holder_name text, holder_id text, holder_id_kind text, province text, county text, estate_code text,
                activity_code text, sector text, product text, fixed_investment_rials text, jobs text, issued_on text,
                issued_year text, valid_until text, status text, renewals text, revocation_reason text,
                term_started_on text, version text, ord int) ON COMMIT DELETE ROWS""";

    private static final String STAGE_COLUMNS = "permit_import_stage (id, licence_number, external_ref, kind, scope, "
            + "guild_term, holder_name, holder_id, holder_id_kind, province, county, estate_code, activity_code, sector, "
            + "product, fixed_investment_rials, jobs, issued_on, issued_year, valid_until, status, renewals, "
            + "revocation_reason, term_started_on, version, ord)";

    // ORDER BY ord: file order, so two chunks sharing an externalRef lock it in the order a multi-row INSERT would
    private static final String INSERT_LICENCES = """
            INSERT INTO permit (id, licence_number, external_ref, kind, scope, guild_term, holder_name, holder_id,
                                holder_id_kind, province, county, estate_code, activity_code, sector, product,
                                fixed_investment_rials, jobs, issued_on, issued_year, valid_until, status, renewals,
                                revocation_reason, term_started_on, created_at, updated_at, version)
            SELECT r.id, r.licence_number, r.external_ref, r.kind, r.scope, r.guild_term, r.holder_name, r.holder_id,
                   r.holder_id_kind, r.province, r.county, r.estate_code, r.activity_code, r.sector, r.product,
                   r.fixed_investment_rials::bigint, r.jobs::int, r.issued_on::date, r.issued_year::int,
                   r.valid_until::date, r.status, r.renewals::int, r.revocation_reason, r.term_started_on::date,
                   ?::timestamptz, ?::timestamptz, r.version::bigint
            FROM permit_import_stage r ORDER BY r.ord
            ON CONFLICT (external_ref) DO NOTHING
            RETURNING id""";

    private static final String HISTORY_COLUMNS = "permit_change (permit_id, version, change, status, valid_until, reason, "
            + "actor, at, event_id)";

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    LicenceNumbers licenceNumbers;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int write(List<LicenceDraft> drafts, String actor, OffsetDateTime now) {
        try (Connection connection = dataSource.getConnection()) {
            List<Permit> licences = numbered(connection, drafts);
            Set<UUID> inserted = insertLicences(connection, licences, now);
            if (inserted.isEmpty()) {
                return 0;
            }
            List<Outbox.PendingEvent> events = new ArrayList<>();
            List<LicenceDraft> stored = new ArrayList<>(inserted.size());
            for (int i = 0; i < drafts.size(); i++) {
                Permit licence = licences.get(i);
                if (inserted.contains(licence.id)) {
                    stored.add(drafts.get(i));
                    for (LicenceDraft.Step step : drafts.get(i).history()) {
                        events.add(new Outbox.PendingEvent(PermitEvents.AGGREGATE, licence.id.toString(), step.eventType(),
                                now, PermitEvents.data(licence, step)));
                    }
                }
            }
            List<CloudEvent> written = outbox.publishAll(events);
            insertHistory(connection, stored, written, actor, now);
            return stored.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write imported licences", e);
        }
    }

    /**
     * The chunk's licences with a number each. Drafts are shared with a retry of this chunk (deadlock, or a
     * refused row isolated by halves), so the licence is copied, not numbered in place: a retry draws anew.
     */
    private List<Permit> numbered(Connection connection, List<LicenceDraft> drafts) throws SQLException {
        Map<String, List<Integer>> toDraw = new LinkedHashMap<>();
        List<Permit> licences = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Permit licence = copyOf(drafts.get(i).licence());
            licences.add(licence);
            if (licence.licenceNumber == null) {
                toDraw.computeIfAbsent(licence.province + "/" + licence.issuedYear, k -> new ArrayList<>()).add(i);
            } else {
                licenceNumbers.reserve(connection, licence.licenceNumber);
            }
        }
        for (List<Integer> group : toDraw.values()) {
            Permit first = licences.get(group.get(0));
            Iterator<String> numbers = licenceNumbers.draw(connection, first.province, first.issuedYear, group.size())
                    .iterator();
            group.forEach(i -> licences.get(i).licenceNumber = numbers.next());
        }
        return licences;
    }

    private static Permit copyOf(Permit p) {
        Permit c = new Permit();
        c.id = p.id;
        c.licenceNumber = p.licenceNumber;
        c.externalRef = p.externalRef;
        c.kind = p.kind;
        c.scope = p.scope;
        c.guildTerm = p.guildTerm;
        c.holderName = p.holderName;
        c.holderId = p.holderId;
        c.holderIdKind = p.holderIdKind;
        c.province = p.province;
        c.county = p.county;
        c.estateCode = p.estateCode;
        c.activityCode = p.activityCode;
        c.sector = p.sector;
        c.product = p.product;
        c.fixedInvestmentRials = p.fixedInvestmentRials;
        c.jobs = p.jobs;
        c.issuedOn = p.issuedOn;
        c.issuedYear = p.issuedYear;
        c.validUntil = p.validUntil;
        c.status = p.status;
        c.renewals = p.renewals;
        c.revocationReason = p.revocationReason;
        c.termStartedOn = p.termStartedOn;
        c.version = p.version;
        return c;
    }

    private static final StagedInsert LICENCES = new StagedInsert(CREATE_STAGE, STAGE_COLUMNS, INSERT_LICENCES);

    private static Set<UUID> insertLicences(Connection connection, List<Permit> licences, OffsetDateTime now)
            throws SQLException {
        CopyRows stage = new CopyRows();
        for (int i = 0; i < licences.size(); i++) {
            Permit p = licences.get(i);
            stage.add(p.id).add(p.licenceNumber).add(p.externalRef).add(p.kind.name())
                    .add(p.scope == null ? null : p.scope.name()).add(p.guildTerm == null ? null : p.guildTerm.name())
                    .add(p.holderName).add(p.holderId).add(p.holderIdKind.name()).add(p.province).add(p.county)
                    .add(p.estateCode).add(p.activityCode).add(p.sector).add(p.product).add(p.fixedInvestmentRials)
                    .add(p.jobs).add(p.issuedOn).add(p.issuedYear).add(p.validUntil).add(p.status.name()).add(p.renewals)
                    .add(p.revocationReason).add(p.termStartedOn).add(p.version).add(i).endRow();
        }
        return LICENCES.run(connection, stage, now);
    }

    private static void insertHistory(Connection connection, List<LicenceDraft> stored, List<CloudEvent> events, String actor,
            OffsetDateTime now) throws SQLException {
        CopyRows history = new CopyRows();
        int e = 0;
        for (LicenceDraft draft : stored) {
            for (LicenceDraft.Step step : draft.history()) {
                history.add(draft.licence().id).add(step.changeNumber()).add(step.change().name()).add(step.status().name())
                        .add(step.validUntil()).add(step.reason()).add(actor).add(now).add(events.get(e++).id()).endRow();
            }
        }
        history.copyInto(connection, HISTORY_COLUMNS);
    }
}
