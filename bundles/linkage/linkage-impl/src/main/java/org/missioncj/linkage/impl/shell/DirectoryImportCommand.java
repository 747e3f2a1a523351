package org.missioncj.linkage.impl.shell;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.shell.MissionCommand;
import org.missioncj.linkage.api.DirectoryService;
import org.missioncj.linkage.api.dto.DirectoryFormat;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.api.dto.TableCounts;

@Service
@Command(scope = "mission", name = "directory-import",
        description = "Loads the service directory from an Open Referral HSDS 3 file: JSON, or the tabular package as a "
                + ".zip of CSV files. All or nothing; the same file twice changes nothing (audited)")
public class DirectoryImportCommand extends MissionCommand {
    @Reference
    DirectoryService directory;

    @Argument(index = 0, name = "file", required = true, description = "The HSDS file (.json, or .zip for CSV)")
    String file;

    @Option(name = "-f", aliases = "--format", description = "JSON or CSV; from the file's name when left out")
    String format;

    @Override
    public Object execute() throws IOException {
        Path path = Paths.get(file);
        if (!Files.isRegularFile(path)) {
            out().println("No file " + path.toAbsolutePath());
            return null;
        }
        DirectoryFormat f;
        if (format != null) {
            try {
                f = DirectoryFormat.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                out().println("--format must be JSON or CSV");
                return null;
            }
        } else {
            f = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") ? DirectoryFormat.CSV
                    : DirectoryFormat.JSON;
        }
        DirectoryImport result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            result = directory.importDirectory(actor(), f, in);
        } catch (UnprocessableException refused) {
            out().println(refused.getMessage());
            for (FieldError e : refused.errors()) {
                out().println("  " + e.field + ": " + e.reason);
            }
            return null;
        }
        ShellTable table = table("Table", "Records", "Added", "Updated", "Unchanged", "Retired");
        for (TableCounts c : result.tables) {
            table.addRow().addContent(c.table, c.records, c.added, c.updated, c.unchanged, c.retired);
        }
        print(table);
        out().println(result.changed ? "Imported " + path.getFileName() : "Nothing changed: the directory already "
                + "held " + path.getFileName());
        return null;
    }
}
