package ir.samt.contracts.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value that breaks one of the contract's wire rules ({@link Rials}, {@link Count}, {@link IsoDate}).
 * Its original message is the rule itself ("must be a non-negative integer"), so a reader can name
 * the field in front of it: Jackson adds the path ({@link #getPath()}) as the value travels up.
 */
public class ContractViolation extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    ContractViolation(JsonParser parser, String rule, Object value, Class<?> type) {
        super(parser, rule, value, type);
    }
}
