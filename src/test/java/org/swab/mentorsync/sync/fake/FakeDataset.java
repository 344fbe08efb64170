package org.swab.mentorsync.sync.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up season of given size: signups with unique phones and mentor ids, setups for the first ones, members for
 * the first of those, a fifth of them fully fundraised. Deterministic for a seed.
 */
public record FakeDataset(List<FakeSignup> signups, List<FakeSetup> setups, List<FakeMember> members) {

    private static final String[] FIRST = {
        "Emma", "Liam", "Olivia", "Noah", "Ava", "Elijah", "Mia", "James", "Grace", "Leo", "Ruby", "Lucas", "Nora",
        "Owen", "Maya", "Isaac"
    };
    private static final String[] LAST = {
        "Garcia", "Smith", "Lopez", "Nguyen", "Thomas", "Wilson", "Hall", "King", "Clark", "Walker", "Young", "Davis"
    };

    public static FakeDataset generate(int signupCount, int setupCount, int memberCount, long seed) {
        Random random = new Random(seed);
        List<FakeSignup> signups = new ArrayList<>();
        for (int i = 0; i < signupCount; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String phone = String.format("(706) %03d-%04d", 200 + i / 10000, i % 10000);
            String created = String.format("2026-08-%02d %02d:%02d:00", 1 + i / 1440 % 28, i / 60 % 24, i % 60);
            signups.add(FakeSignup.of(
                    String.valueOf(250000000100000L + i), created, first, last, phone, String.format("MN%04d", i + 1)));
        }
        List<FakeSetup> setups = new ArrayList<>();
        for (int i = 0; i < setupCount && i < signups.size(); i++) {
            FakeSignup s = signups.get(i);
            setups.add(new FakeSetup(
                    String.valueOf(250000000900000L + i), "2026-09-01 10:00:00", s.phone(), s.ugaEmail()));
        }
        List<FakeMember> members = new ArrayList<>();
        for (int i = 0; i < memberCount && i < signups.size(); i++) {
            FakeSignup s = signups.get(i);
            double raised = i % 5 == 0 ? 75 + random.nextInt(100) : random.nextInt(75);
            members.add(new FakeMember(
                    880000 + i,
                    s.first(),
                    s.last(),
                    s.personalEmail(),
                    "+1" + s.phone().replaceAll("\\D", ""),
                    raised,
                    i % 2 == 1));
        }
        return new FakeDataset(signups, setups, members);
    }

    public void serveOn(FakeApis apis) {
        apis.serveSignups(signups);
        apis.serveSetups(setups);
        apis.serveMembers(members);
    }
}
