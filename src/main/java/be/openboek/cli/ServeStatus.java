package be.openboek.cli;

import be.openboek.problem.Problem;
import java.util.List;

/**
 * What the preview tells the open browser page: a number that changes with every rebuild (so the page
 * reloads) and the problems of the last rebuild (shown on the page until they are fixed).
 *
 * @param version  counts the rebuilds
 * @param problems the problems of the last rebuild; empty when it went well
 */
record ServeStatus(long version, List<Problem> problems) {

    /** As JSON for the page's script; written with Jackson so problem text is escaped correctly. */
    byte[] json() {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = mapper.createObjectNode();
        root.put("version", version);
        var list = root.putArray("problems");
        problems.forEach(p -> list.add(p.format()));
        try {
            return mapper.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
