package ir.samt.units.estate;

/** The two kinds of industrial estate; the letter in the estate code tells them apart. */
public enum EstateKind {
    /** شهرک صنعتی — code {@code IR-25-T01}. */
    TOWN('T'),
    /** ناحیه صنعتی — code {@code IR-25-Z01}. */
    ZONE('Z');

    private final char codeLetter;

    EstateKind(char codeLetter) {
        this.codeLetter = codeLetter;
    }

    public char codeLetter() {
        return codeLetter;
    }
}
