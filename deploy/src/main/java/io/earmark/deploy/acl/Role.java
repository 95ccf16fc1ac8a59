package io.earmark.deploy.acl;

import java.util.List;

/** A kind of client (pipeline, bank, dashboard...): the principals that hold it and what they are allowed. */
public record Role(String name, List<String> principals, List<Grant> grants) {
    public Role {
        principals = List.copyOf(principals);
        grants = List.copyOf(grants);
        for (String principal : principals) {
            if (!principal.contains(":")) {
                throw new IllegalArgumentException("role " + name + ": principal '" + principal
                        + "' must be TYPE:NAME, e.g. User:earmark-bank");
            }
        }
    }

    Role withPrincipals(List<String> replacement) {
        return new Role(name, replacement, grants);
    }
}
