package ir.samt.contracts.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A mapper for reading events. The records carry their own wire rules (annotations), so any mapper
 * writes them correctly; reading needs one setting a record cannot carry: an enum value is read by its
 * name only, never by its ordinal ({@code "kind": 1} is refused, not taken as the second kind).
 */
public final class ContractJson {

    private ContractJson() {
    }

    /** A builder with the contract's reading rules; add what a reader needs of its own (mix-ins) before building. */
    public static JsonMapper.Builder reader() {
        return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
