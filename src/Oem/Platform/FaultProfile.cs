using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>A fault injected into a simulated bus, e.g. <c>{ "address": "0x49", "kind": "nack" }</c>; persistent unless <c>once</c>.</summary>
public sealed record FaultProfile
{
    public required FaultKind Kind { get; init; }

    /// <summary>7-bit target address; absent for every target.</summary>
    public int? Address { get; init; }

    public bool Once { get; init; }
}

[JsonConverter(typeof(FaultKindNames))]
public enum FaultKind
{
    Nack,
    Timeout,
    StuckBus,
    BadPec,
}

public sealed class FaultKindNames() : NamedEnumConverter<FaultKind>(
    ("nack", FaultKind.Nack), ("timeout", FaultKind.Timeout), ("stuck-bus", FaultKind.StuckBus), ("bad-pec", FaultKind.BadPec));
