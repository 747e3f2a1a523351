package org.missioncj.curriculum.impl.catalog;

/** Placeholder: the statements come with the catalog. */
public interface CatalogMapper {
}
