package org.oxpip.platform.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/**
 * A search's answer: every match in one page (the FHIR routes answer a family's tens of measures, or one report,
 * never thousands). Each entry's fullUrl is the base and the resource's type and id (FHIR search results have ids).
 */
public final class Searchset {

    private Searchset() {}

    public static Bundle of(String base, List<? extends Resource> matches) {
        Bundle bundle = new Bundle();
        bundle.setType(BundleType.SEARCHSET);
        bundle.setTotal(matches.size());
        for (Resource match : matches) {
            bundle.addEntry()
                    .setFullUrl(
                            base + match.fhirType() + "/" + match.getIdElement().getIdPart())
                    .setResource(match)
                    .getSearch()
                    .setMode(SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
