package org.missioncj.linkage.api.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The outcome of a directory import that was accepted (a rejected one changes nothing and is a 422). */
public class DirectoryImport {
    public DirectoryFormat format;
    /** False when the file held exactly what the directory held: nothing was written. */
    public boolean changed;
    public List<TableCounts> tables = new ArrayList<>();
    public Instant importedAt;
    public String importedBy;
}
