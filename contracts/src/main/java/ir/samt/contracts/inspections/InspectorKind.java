package ir.samt.contracts.inspections;

/** Who visited: a SAMT inspector (بازرس), an honorary inspector (ناظر افتخاری) or a joint patrol (گشت مشترک). */
public enum InspectorKind {
    INSPECTOR, HONORARY_INSPECTOR, JOINT_PATROL
}
