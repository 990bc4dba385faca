package ir.samt.units.inspection;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import ir.samt.contracts.inspections.CaseStatus;
import ir.samt.platform.problem.ProblemException;

/**
 * A case file (پرونده تخلف): the violations of one unit, referred to the Discretionary Penalties Organization.
 * REFERRED while open (later visits' violations join it); then RULED with a penalty or CLOSED without one.
 * Both are final; every other transition is a 409.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "unit_key")
    public String unitKey;
    @Column(name = "unit_id")
    public UUID unitId;
    public String province;
    public String county;
    @Column(name = "estate_code")
    public String estateCode;
    public String sector;
    @Column(name = "campaign_code")
    public String campaignCode;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "opened_on")
    public LocalDate openedOn;
    @Column(name = "value_rials")
    public BigInteger valueRials;
    public int violations;
    @Column(name = "penalty_rials")
    public BigInteger penaltyRials;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** The version the contract and the API show, counted from 1. */
    public long changeNumber() {
        return version + 1;
    }

    static CaseFile openReferred(String unitKey) {
        return find("unitKey = ?1 and status = ?2", unitKey, CaseStatus.REFERRED).firstResult();
    }

    void add(int count, BigInteger rials) {
        violations += count;
        valueRials = valueRials.add(rials);
    }

    void rule(LocalDate on, BigInteger penalty, LocalDate today) {
        requireReferred("ruled");
        checkDate("ruledOn", on, today);
        status = CaseStatus.RULED;
        penaltyRials = penalty;
        decidedOn = on;
    }

    void close(LocalDate on, LocalDate today) {
        requireReferred("closed");
        checkDate("closedOn", on, today);
        status = CaseStatus.CLOSED;
        decidedOn = on;
    }

    private void requireReferred(String what) {
        if (status != CaseStatus.REFERRED) {
            throw ProblemException.conflict("illegal-transition", "Illegal case transition",
                    "Only a referred case can be " + what + " (case " + id + " is " + status + ")");
        }
    }

    private void checkDate(String field, LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        if (on.isBefore(openedOn)) {
            throw ProblemException.invalid(field, "must not be before " + openedOn + ", when the case was opened");
        }
    }
}
