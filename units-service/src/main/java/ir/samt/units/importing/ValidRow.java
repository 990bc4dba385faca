package ir.samt.units.importing;

import ir.samt.units.unit.UnitDraft;

/** A row that passed every check, ready to be written; its number lets a refusal by the database name it. */
record ValidRow(long number, UnitDraft draft) {
}
