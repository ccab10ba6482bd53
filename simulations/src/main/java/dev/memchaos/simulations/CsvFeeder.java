package dev.memchaos.simulations;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a CSV feeder file (first line: the column names), for Gatling's {@code listFeeder}.
 * Read here rather than through Gatling's {@code csv(path)}, whose file lookup refuses any path under
 * {@code src/test/resources/}, where a team's scenarios and their files live.
 */
final class CsvFeeder {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvFeeder() {
    }

    static List<Map<String, Object>> records(Path file) {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Map<String, Object>> records = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(header).readValues(file.toFile())) {
            while (rows.hasNext()) {
                records.add(new LinkedHashMap<>(rows.next()));
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("could not read the feeder " + file + " as CSV with a header line: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        if (records.isEmpty()) {
            throw new UncheckedIOException(new IOException("the feeder " + file + " has a header line but no records"));
        }
        return records;
    }
}
