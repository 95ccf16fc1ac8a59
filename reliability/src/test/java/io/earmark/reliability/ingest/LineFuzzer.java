package io.earmark.reliability.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earmark.schemas.json.JsonLines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Breaks a good event's JSON line in one way. In: the good event, a {@link Defect} and a choice number that picks
 * the field and the bad value deterministically (any int; the same choice gives the same line). Out: the
 * {@link FuzzedLine}. Only required fields are dropped, and null is only a wrong value for a non-nullable field, so
 * every defect really breaks the line.
 */
final class LineFuzzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\"@@number@@\"";
    private static final List<String> HUGE_LONGS = List.of("9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "1e400", "18446744073709551616");
    private static final List<String> HUGE_INTS = List.of("2147483648", "-2147483649", "9223372036854775807",
            "1e20", "4294967296");
    private static final List<String> FUTURE_TIMES = List.of("\"2099-12-31T23:59:59Z\"", "\"2090-10-01T09:30:00Z\"");
    private static final List<String> OUT_OF_RANGE_TIMES = List.of("\"9999-12-31T23:59:59Z\"",
            "\"2100-01-01T00:00:00Z\"", "\"3024-10-01T09:30:00Z\"", "\"+10000-01-01T00:00:00Z\"");
    private static final List<String> OUT_OF_RANGE_MONEY = List.of("100000000000001", "9223372036854775807",
            "900000000000000000");
    private static final List<byte[]> BAD_UTF8 = List.of(bytes(0xFF), bytes(0xC3, 0x28), bytes(0xE2, 0x28, 0xA1),
            bytes(0xED, 0xA0, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0x80), bytes(0xC0, 0xAF),
            bytes(0xF4, 0x90, 0x80, 0x80));

    private LineFuzzer() {
    }

    /** The field of each file that holds money: every event type has one. */
    private static String moneyField(String file) {
        return file.startsWith("assets") ? "actualValue" : "amount";
    }

    static FuzzedLine fuzz(String file, SpecificRecord good, Defect defect, int choice) {
        String line = JsonLines.write(good);
        List<Schema.Field> fields = good.getSchema().getFields();
        return switch (defect) {
            case NONE -> new FuzzedLine(file, good, defect, null, utf8(line));
            case WRONG_TYPE -> {
                Schema.Field field = pick(fields, choice);
                List<String> wrong = WrongValues.forField(field.schema());
                yield withValue(file, good, defect, line, field.name(), pick(wrong, choice / fields.size()));
            }
            case UNKNOWN_ENUM -> {
                Schema.Field field = pick(fieldsOf(fields, Schema.Type.ENUM), choice);
                String symbol = FieldTypes.nonNull(field.schema()).getEnumSymbols().get(0);
                List<String> unknown = List.of("\"BITCOIN\"", quoted(symbol.toLowerCase()), quoted(symbol + " "),
                        "\"\"", quoted(symbol + "_V2"));
                yield withValue(file, good, defect, line, field.name(), pick(unknown, choice / 7));
            }
            case HUGE_NUMBER -> {
                List<Schema.Field> numbers = fields.stream().filter(FieldTypes::isCount).toList();
                Schema.Field field = pick(numbers, choice);
                boolean isInt = FieldTypes.nonNull(field.schema()).getType() == Schema.Type.INT;
                yield withValue(file, good, defect, line, field.name(),
                        pick(isInt ? HUGE_INTS : HUGE_LONGS, choice / numbers.size()));
            }
            case MISSING_FIELD -> {
                Schema.Field field = pick(fields.stream().filter(f -> !FieldTypes.nullable(f.schema())).toList(), choice);
                ObjectNode node = parse(line);
                node.remove(field.name());
                yield new FuzzedLine(file, good, defect, field.name(), utf8(node.toString()));
            }
            case UNKNOWN_FIELD -> {
                String name = pick(List.of("colour", "eventid", "amount_kzt", "fundID", "comment"), choice);
                ObjectNode node = parse(line);
                node.put(name, "red");
                yield new FuzzedLine(file, good, defect, name, utf8(node.toString()));
            }
            case FUTURE_TIME -> withValue(file, good, defect, line, "eventTime", pick(FUTURE_TIMES, choice));
            case TIME_OUT_OF_RANGE -> withValue(file, good, defect, line, "eventTime",
                    pick(OUT_OF_RANGE_TIMES, choice));
            case MONEY_OUT_OF_RANGE -> withValue(file, good, defect, line, moneyField(file),
                    pick(OUT_OF_RANGE_MONEY, choice));
            case BROKEN_UTF8 -> new FuzzedLine(file, good, defect, null, withBadBytes(line, pick(BAD_UTF8, choice)));
            case TRUNCATED -> new FuzzedLine(file, good, defect, null,
                    utf8(line.substring(0, 1 + Math.floorMod(choice, line.length() - 1))));
        };
    }

    private static FuzzedLine withValue(String file, SpecificRecord good, Defect defect, String line, String field,
                                        String jsonValue) {
        ObjectNode node = parse(line);
        node.put(field, "@@number@@");
        return new FuzzedLine(file, good, defect, field, utf8(node.toString().replace(PLACEHOLDER, jsonValue)));
    }

    /** The line with {@code bad} inserted right after the opening quote of the eventId value. */
    private static byte[] withBadBytes(String line, byte[] bad) {
        String marker = "\"eventId\":\"";
        int at = line.indexOf(marker) + marker.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(line.substring(0, at)));
        out.writeBytes(bad);
        out.writeBytes(utf8(line.substring(at)));
        return out.toByteArray();
    }

    private static List<Schema.Field> fieldsOf(List<Schema.Field> fields, Schema.Type type) {
        return fields.stream().filter(f -> FieldTypes.nonNull(f.schema()).getType() == type).toList();
    }

    private static <T> T pick(List<T> options, int choice) {
        return options.get(Math.floorMod(choice, options.size()));
    }

    private static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a good line is not JSON: " + line, e);
        }
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
