package org.oxpip.outcomes.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/** A search's answer: every match, in one page (a family has tens of measures, not thousands). */
final class Searchset {

    private Searchset() {}

    static Bundle of(String base, List<? extends Resource> matches) {
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
