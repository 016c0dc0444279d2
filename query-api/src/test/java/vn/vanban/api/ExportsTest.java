package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.vanban.indexer.index.OpenIndex;

/**
 * The exports a civil servant takes away, on the seeds: the coverage and the cascade of Công
 * điện 1102/CĐ-TTg and a search as CSV (a BOM, then rows that a CSV reader reads back, equal to
 * what the JSON says), and the implementers of Nghị quyết 30/2021/QH15 (86/NQ-CP, then a province's letter) as an Atom feed read as XML.
 */
class ExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static OpenIndex index;

    @BeforeAll
    static void indexSeeds() throws Exception {
        index = SeedCorpus.indexed(dir);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Javalin app() {
        return SeedCorpus.app(index);
    }

    @Test
    void coverageAsCsvHasAProvinceARowNamedAsOnTheOrdersDate() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode coverage = json(client, "/api/documents/1102-cd-ttg-2021/coverage");
            List<List<String>> rows = csv(client, "/api/documents/1102-cd-ttg-2021/coverage.csv");
            assertEquals(List.of("Tỉnh, thành phố", "Trạng thái", "Văn bản triển khai đầu tiên", "Cơ quan ban hành", "Ngày ban hành",
                    "Cấp", "Số ngày sau văn bản gốc", "Số văn bản triển khai", "Mã văn bản", "Văn bản gốc", "Ngày văn bản gốc",
                    "Hạn", "So với hạn"), rows.get(0));
            assertEquals(63 + 1, rows.size());
            long notYet = rows.stream().filter(r -> r.get(1).equals("Chưa triển khai")).count();
            assertEquals(coverage.get("of").asInt() - coverage.get("responded").asInt(), notYet);
            // Huế was Thừa Thiên Huế in 2021: named so in the export and the JSON, keyed by today's name.
            assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Thừa Thiên Huế")), rows.toString());
            assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("Huế")));
            JsonNode hue = find(coverage.get("provinces"), "province", "Huế");
            assertEquals("Thừa Thiên Huế", hue.get("name").asText());
            List<String> dienBien = rows.stream().filter(r -> r.get(0).equals("Điện Biên")).findFirst().orElseThrow();
            assertEquals(List.of("Điện Biên", "Đã triển khai", "2763/UBND-KGVX", "Ủy ban nhân dân tỉnh Điện Biên", "25/8/2021", "Tỉnh", "2", "1",
                    "2763-ubnd-kgvx-2021-dien-bien", "1102/CĐ-TTg", "23/8/2021", "", ""), dienBien);
            // Every province of the date has its tile on the map of that date, each tile its own.
            java.util.Set<String> tiles = new java.util.HashSet<>();
            for (JsonNode p : coverage.get("provinces")) {
                assertTrue(p.get("tile").isObject(), p.toString());
                tiles.add(p.get("tile").get("row") + "," + p.get("tile").get("column"));
            }
            assertEquals(63, tiles.size());
        });
    }

    @Test
    void cascadeAsCsvHasADocumentARow() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode cascade = json(client, "/api/documents/30-2021-qh15/cascade");
            List<List<String>> rows = csv(client, "/api/documents/30-2021-qh15/cascade.csv");
            assertEquals(cascade.get("branches").size() + 1, rows.size());
            assertTrue(cascade.get("branches").size() >= 2, cascade.toString());
            for (int i = 0; i < cascade.get("branches").size(); i++) {
                JsonNode b = cascade.get("branches").get(i);
                List<String> r = rows.get(i + 1);
                assertEquals(b.get("document").get("id").asText(), r.get(r.size() - 1));
                assertEquals(b.get("depth").asText(), r.get(8));
            }
        });
    }

    @Test
    void searchAsCsvHoldsEveryHitInOrder() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode search = json(client, "/api/search?q=phong+chong+dich&size=100");
            List<List<String>> rows = csv(client, "/api/search.csv?q=phong+chong+dich&size=2&page=3");
            assertEquals(search.get("total").asInt() + 1, rows.size(), "all the hits, whatever the page asked");
            List<String> ids = new ArrayList<>();
            search.get("hits").forEach(h -> ids.add(h.get("id").asText()));
            assertEquals(ids, rows.subList(1, rows.size()).stream().map(r -> r.get(6)).toList());
            assertEquals("Số, ký hiệu", rows.get(0).get(0));
            Response bad = client.get("/api/search.csv?from=2021-09-01&to=2021-08-01");
            assertEquals(400, bad.code());
        });
    }

    @Test
    void implementersAsAnAtomFeedNewestFirst() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode implementers = json(client, "/api/documents/30-2021-qh15/implementers");
            Response r = client.get("/api/documents/30-2021-qh15/implementers.atom");
            assertEquals(200, r.code());
            assertTrue(contentType(r).startsWith("application/atom+xml"), contentType(r));
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().string().getBytes(StandardCharsets.UTF_8)));
            assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
            NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            assertEquals(implementers.get("implementers").size(), entries.getLength());
            assertTrue(entries.getLength() >= 2);
            String previous = null;
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                String updated = e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent();
                assertTrue(previous == null || previous.compareTo(updated) >= 0, previous + " then " + updated);
                previous = updated;
                String link = ((Element) e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href");
                assertTrue(link.contains("/?doc="), link);
            }
            assertEquals(404, client.get("/api/documents/no-such-document/implementers.atom").code());
        });
    }

    private static JsonNode json(HttpClient client, String path) throws Exception {
        Response r = client.get(path);
        String body = r.body().string();
        assertEquals(200, r.code(), path + " → " + body);
        return JSON.readTree(body);
    }

    private static List<List<String>> csv(HttpClient client, String path) throws Exception {
        Response r = client.get(path);
        String body = r.body().string();
        assertEquals(200, r.code(), path + " → " + body);
        assertTrue(contentType(r).startsWith("text/csv"), contentType(r));
        assertTrue(contentType(r).contains("charset=utf-8"), contentType(r));
        assertEquals('\uFEFF', body.charAt(0), "a BOM for Excel");
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class)
                .readValues(body.substring(1))) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    private static String contentType(Response r) {
        return r.headers().get("Content-Type").isEmpty() ? "" : r.headers().get("Content-Type").get(0);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
