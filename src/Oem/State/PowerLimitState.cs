namespace Oem.State;

/// <summary>power-limit.json: the DCMI power limit (DCMI v1.5 §6.6.2-6.6.4) and whether it is active; null fields = never set.</summary>
public sealed record PowerLimitState
{
    public bool Active { get; init; }
    public byte? ExceptionAction { get; init; }
    public ushort? LimitWatts { get; init; }
    public uint CorrectionTimeMilliseconds { get; init; }
    public ushort SamplingPeriodSeconds { get; init; }
}
