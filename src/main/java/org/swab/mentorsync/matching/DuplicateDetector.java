package org.swab.mentorsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds contacts sharing a phone, then contacts sharing an email; an email group whose contacts all share one
 * phone as well is already reported by that phone group and is left out (design "Duplicate Detection").
 */
public final class DuplicateDetector {

    private DuplicateDetector() {}

    public static List<DuplicateGroup> detect(ContactIndex contacts) {
        List<DuplicateGroup> groups = new ArrayList<>();
        // contact id → the phone groups it belongs to, to recognise email groups that add nothing
        Map<Long, List<Set<Long>>> phoneGroupsOf = new HashMap<>();
        contacts.forEachSharedPhone((phone, ids) -> {
            groups.add(new DuplicateGroup(DuplicateGroup.Kind.PHONE, phone, boxed(ids)));
            Set<Long> members = new HashSet<>(boxed(ids));
            for (long id : ids) {
                phoneGroupsOf.computeIfAbsent(id, key -> new ArrayList<>()).add(members);
            }
        });
        contacts.forEachSharedEmail((email, ids) -> {
            List<Long> members = boxed(ids);
            boolean covered = phoneGroupsOf.getOrDefault(ids[0], List.of()).stream()
                    .anyMatch(phoneGroup -> phoneGroup.containsAll(members));
            if (!covered) {
                groups.add(new DuplicateGroup(DuplicateGroup.Kind.EMAIL, email, members));
            }
        });
        groups.sort(Comparator.comparing(DuplicateGroup::kind).thenComparing(DuplicateGroup::identifier));
        return groups;
    }

    private static List<Long> boxed(long[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
