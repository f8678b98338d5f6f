namespace Oem.State;

/// <summary>poh.json: powered-on time accumulated so far, in minutes (IPMI v2.0 §28.14 reports it in counts).</summary>
public sealed record PohState
{
    public double PoweredOnMinutes { get; init; }
}
