package org.oxpip.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The project's licence, the same in every service's document: OxPIP is open source under the Apache
 * License 2.0 (the LICENSE file at the repository's root). OpenAPI 3.1 names it by its SPDX identifier,
 * which generators such as openapi-generator require; the identifier and a URL exclude each other, so
 * no URL is given.
 */
final class ProjectLicense {

    static final String NAME = "Apache License 2.0";
    static final String SPDX_IDENTIFIER = "Apache-2.0";

    private ProjectLicense() {}

    static void setOn(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().setLicense(OASFactory.createLicense().name(NAME).identifier(SPDX_IDENTIFIER));
    }
}
