package org.missioncj.linkage.api.dto;

import java.util.ArrayList;
import java.util.List;

/** A page of the directory in HSDS 3's paging form (pages are numbered from 1). */
public class HsdsPage<T> {
    public long total_items;
    public long total_pages;
    public int page_number;
    public int size;
    public boolean first_page;
    public boolean last_page;
    public boolean empty;
    public List<T> contents = new ArrayList<>();

    public static <T> HsdsPage<T> of(List<T> contents, long totalItems, int pageNumber, int size) {
        HsdsPage<T> p = new HsdsPage<>();
        p.contents = contents;
        p.total_items = totalItems;
        p.size = size;
        p.page_number = pageNumber;
        p.total_pages = totalItems == 0 ? 0 : (totalItems + size - 1) / size;
        p.first_page = pageNumber == 1;
        p.last_page = pageNumber >= p.total_pages;
        p.empty = contents.isEmpty();
        return p;
    }
}
