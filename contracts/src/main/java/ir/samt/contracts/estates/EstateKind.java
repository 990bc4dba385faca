package ir.samt.contracts.estates;

/** شهرک صنعتی (industrial town, code {@code IR-25-T01}) or ناحیه صنعتی (industrial zone, {@code IR-25-Z01}). */
public enum EstateKind {
    TOWN, ZONE
}
