package nl.leercultuur.hub.community;

/** Where a join request stands: waiting for the programme team, approved (an account was created) or declined. */
public enum JoinRequestStatus {
    PENDING, APPROVED, DECLINED
}
