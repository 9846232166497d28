package org.crampwise.profile;

/**
 * One drug name of the {@link MedicationCatalog}, as {@code GET /api/v1/medications/catalog} answers it.
 *
 * @param name a generic or brand name, as the catalog spells it
 * @param drugClass the class it belongs to
 * @param crampAssociation the class's note on its link with leg cramps
 */
public record CatalogEntry(String name, DrugClass drugClass, String crampAssociation) {
}
