package ir.samt.contracts.inspections;

/** The bodies a joint patrol (گشت مشترک) is made with. */
public enum PartnerBody {
    /** سازمان تعزیرات حکومتی */
    DISCRETIONARY_PENALTIES,
    /** اتاق اصناف */
    CHAMBER_OF_GUILDS,
    /** بازرسان بهداشت */
    HEALTH_INSPECTORS,
    OTHER
}
