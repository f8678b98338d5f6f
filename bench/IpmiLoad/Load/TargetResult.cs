namespace IpmiLoad.Load;

/// <summary>Everything measured on one server.</summary>
public sealed record TargetResult(
    LoadTarget Target,
    long IdleResidentKib,
    PhaseResult Logins,
    PhaseResult LoginsParallel,
    PhaseResult CommandsOne,
    PhaseResult CommandsMany,
    long PeakResidentKib);
