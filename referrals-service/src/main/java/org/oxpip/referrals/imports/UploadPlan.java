package org.oxpip.referrals.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.oxpip.platform.imports.ImportConflict;
import org.oxpip.platform.imports.ImportPlan;
import org.oxpip.platform.imports.ImportProblem;

/**
 * What one upload would do: its referrals sheet's plan and its sessions sheet's, either of which may be absent
 * (a CSV file is one sheet; a workbook may hold both). One report and one commit for both: all or nothing.
 */
record UploadPlan(ReferralImport.Plan referrals, SessionImport.Plan sessions) implements ImportPlan {

    @Override
    public Map<String, Integer> created() {
        return ReferralImport.counts(
                referrals == null ? 0 : referrals.toCreate().size(),
                (referrals == null ? 0 : referrals.statusChanges()) + (sessions == null ? 0 : sessions.therapyStarts()),
                sessions == null ? 0 : sessions.toCreate().size());
    }

    @Override
    public int alreadyImported() {
        return (referrals == null ? 0 : referrals.alreadyImported())
                + (sessions == null ? 0 : sessions.alreadyImported());
    }

    @Override
    public List<ImportConflict> conflicts() {
        List<ImportConflict> conflicts = new ArrayList<>();
        Stream.ofNullable(referrals).forEach(plan -> conflicts.addAll(plan.conflicts()));
        Stream.ofNullable(sessions).forEach(plan -> conflicts.addAll(plan.conflicts()));
        return conflicts;
    }

    @Override
    public List<ImportProblem> problems() {
        List<ImportProblem> problems = new ArrayList<>();
        Stream.ofNullable(referrals).forEach(plan -> problems.addAll(plan.problems()));
        Stream.ofNullable(sessions).forEach(plan -> problems.addAll(plan.problems()));
        return problems;
    }
}
