package org.missioncj.linkage.impl.hsds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code datapackage.json} of an HSDS tabular package (a Frictionless Data Package): it tells
 * other tools which CSV file holds which table and what its columns are.
 *
 * <p>On import its content is not used, since the CSV headers say what the columns are; it is only
 * checked to be JSON, because a broken one shows the package was damaged or hand-edited.
 */
final class DataPackage {

    static final String FILE_NAME = "datapackage.json";

    private DataPackage() {
    }

    /** The reason the file is not JSON, or null when it is. */
    static String problemWith(InputStream in) throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(in)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return null;
        } catch (JsonProcessingException e) {
            return "is not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage();
        }
    }

    static void write(OutputStream out) throws IOException {
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("profile", "tabular-data-package");
            json.writeStringField("name", "mission-cj-service-directory");
            json.writeStringField("title", "Community service directory (Open Referral HSDS 3.0)");
            json.writeArrayFieldStart("resources");
            for (HsdsTable table : HsdsTable.values()) {
                writeResource(json, table);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeResource(JsonGenerator json, HsdsTable table) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", table.hsdsName());
        json.writeStringField("path", table.csvFileName());
        json.writeStringField("profile", "tabular-data-resource");
        json.writeStringField("format", "csv");
        json.writeStringField("mediatype", "text/csv");
        json.writeStringField("encoding", "utf-8");
        json.writeObjectFieldStart("schema");
        json.writeArrayFieldStart("fields");
        for (HsdsColumn column : table.columns()) {
            writeField(json, column);
        }
        json.writeEndArray();
        json.writeStringField("primaryKey", "id");
        json.writeArrayFieldStart("foreignKeys");
        for (var reference : table.references().entrySet()) {
            json.writeStartObject();
            json.writeStringField("fields", reference.getKey());
            json.writeObjectFieldStart("reference");
            json.writeStringField("resource", reference.getValue().hsdsName());
            json.writeStringField("fields", "id");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeField(JsonGenerator json, HsdsColumn column) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", column.name());
        json.writeStringField("type", column.kind().frictionlessType());
        if (column.kind() == HsdsFieldKind.EMAIL) {
            json.writeStringField("format", "email");
        } else if (column.kind() == HsdsFieldKind.URL) {
            json.writeStringField("format", "uri");
        }
        boolean isId = column.name().equals("id");
        if (column.required() || isId || !column.allowedValues().isEmpty()) {
            json.writeObjectFieldStart("constraints");
            if (column.required()) {
                json.writeBooleanField("required", true);
            }
            if (isId) {
                json.writeBooleanField("unique", true);
            }
            if (!column.allowedValues().isEmpty()) {
                json.writeArrayFieldStart("enum");
                for (String value : column.allowedValues()) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
