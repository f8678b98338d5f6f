using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>How the sidecar reaches the managed system (DESIGN.md, "Three ways to reach a BMC over I2C").</summary>
[JsonConverter(typeof(NodeKindNames))]
public enum NodeKind
{
    /// <summary>The board's own chips are on the bus; the sidecar is the BMC.</summary>
    Chips,
    /// <summary>A microcontroller BMC with a vendor register map.</summary>
    Registers,
    /// <summary>An IPMB responder: requests are forwarded as IPMB frames (src/Oem/PassThrough).</summary>
    Ipmb,
    /// <summary>An SSIF BMC: requests are forwarded over SMBus (src/Oem/PassThrough).</summary>
    Ssif,
}

public sealed class NodeKindNames() : NamedEnumConverter<NodeKind>(
    ("chips", NodeKind.Chips), ("registers", NodeKind.Registers), ("ipmb", NodeKind.Ipmb), ("ssif", NodeKind.Ssif));
