package org.careerbench.data;

/** A skill area, its rank and a relative demand index with the basis of that index. */
public record SkillDemand(String period, int rank, String skill, String examples, double demandIndex,
        String indexBasis, String source, String roleFamily) {

    static SkillDemand from(DataRow row) {
        return new SkillDemand(row.text("period"), row.integer("rank"), row.text("skill"), row.text("examples"),
                row.number("demand_index"), row.text("index_basis"), row.text("source"), row.text("role_family"));
    }
}
