package ir.samt.platform.importing;

/**
 * A row that passed every check, ready to be written; its number and external reference let a refusal
 * by the database name it.
 */
public record ValidRow<D>(long number, String externalRef, D draft) {
}
