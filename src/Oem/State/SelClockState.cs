namespace Oem.State;

/// <summary>sel-clock.json: the SEL clock as an offset from the host clock (Set SEL Time, IPMI v2.0 §31.11) and the UTC offset (§31.11b).</summary>
public sealed record SelClockState
{
    public long OffsetSeconds { get; init; }
    public short UtcOffsetMinutes { get; init; } = 0x07FF;
}
