using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>
/// A fault injected into a simulated bus, e.g. <c>{ "address": "0x49", "kind": "nack" }</c>; persistent unless <c>once</c>.
/// Every kind the simulated bus knows can be configured, so end-to-end tests reach each one.
/// </summary>
public sealed record FaultProfile
{
    public required FaultKind Kind { get; init; }

    /// <summary>7-bit target address; absent for every target.</summary>
    public int? Address { get; init; }

    public bool Once { get; init; }

    /// <summary>For <see cref="FaultKind.NackAfterBytes"/>: written data bytes the target ACKs before it NACKs.</summary>
    public int AfterBytes { get; init; }

    /// <summary>For <see cref="FaultKind.CorruptByte"/>: index of the read byte that arrives with every bit flipped.</summary>
    public int ByteIndex { get; init; }
}

[JsonConverter(typeof(FaultKindNames))]
public enum FaultKind
{
    Nack,
    Timeout,
    StuckBus,
    BadPec,
    NackAfterBytes,
    CorruptByte,
}

public sealed class FaultKindNames() : NamedEnumConverter<FaultKind>(
    ("nack", FaultKind.Nack), ("timeout", FaultKind.Timeout), ("stuck-bus", FaultKind.StuckBus), ("bad-pec", FaultKind.BadPec),
    ("nack-after-bytes", FaultKind.NackAfterBytes), ("corrupt-byte", FaultKind.CorruptByte));
