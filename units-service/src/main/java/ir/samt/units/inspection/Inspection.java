package ir.samt.units.inspection;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import ir.samt.contracts.inspections.InspectorKind;

/** An inspection visit: recorded once, never changed. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "unit_key")
    public String unitKey;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "unit_address")
    public String unitAddress;
    @Column(name = "unit_national_id")
    public String unitNationalId;
    public String province;
    public String county;
    @Column(name = "estate_code")
    public String estateCode;
    @Column(name = "activity_code")
    public String activityCode;
    public String sector;
    @Enumerated(EnumType.STRING)
    @Column(name = "inspector_kind")
    public InspectorKind inspectorKind;
    /** The partner bodies of a joint patrol, comma-separated in the contract's order; empty otherwise. */
    public String partners;
    @Column(name = "inspected_on")
    public LocalDate inspectedOn;
    @Column(name = "campaign_code")
    public String campaignCode;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "violations_rials")
    public BigInteger violationsRials;
    public String note;
    public String actor;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_violation", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    public List<Found> violations = new ArrayList<>();

    /** One violation found on the visit. */
    @Embeddable
    public static class Found {
        @Enumerated(EnumType.STRING)
        public ViolationType type;
        @Column(name = "amount_rials")
        public Long amountRials;

        public Found() {
        }

        Found(ViolationType type, Long amountRials) {
            this.type = type;
            this.amountRials = amountRials;
        }
    }
}
