namespace Ipmi.Protocol.Dcmi;

/// <summary>DCMI capability parameter selectors, DCMI v1.5 §6.1.1, Table 6-2.</summary>
public enum DcmiCapabilityParameter : byte
{
    /// <summary>3 bytes: reserved, platform capabilities ([0] power management), manageability access ([2] VLAN, [1] SOL, [0] in-band channel).</summary>
    SupportedCapabilities = 1,
    /// <summary>5 bytes: SEL attributes (LE16), identification, temperature monitoring, sampling period; see <see cref="DcmiMandatoryPlatformAttributes"/>.</summary>
    MandatoryPlatformAttributes = 2,
    /// <summary>2 bytes: power management device slave address, controller channel and revision.</summary>
    OptionalPlatformAttributes = 3,
    /// <summary>3 bytes: primary LAN, secondary LAN and serial channel numbers (0xFF = none).</summary>
    ManageabilityAccessAttributes = 4,
    /// <summary>Count of rolling average periods, then one byte each ([7:6] unit, [5:0] duration).</summary>
    EnhancedPowerStatisticsAttributes = 5,
}

/// <summary>Get DCMI Capabilities Info request, DCMI v1.5 §6.1.1 (group extension, command 0x01).</summary>
public readonly record struct GetDcmiCapabilitiesRequest(DcmiCapabilityParameter Parameter)
{
    public const int Length =
        1 + // group extension ID, 0xDC
        1;  // parameter selector

    public static bool TryParse(ReadOnlySpan<byte> data, out GetDcmiCapabilitiesRequest request)
    {
        request = default;
        if (!DcmiGroup.Starts(data, Length))
            return false;
        request = new GetDcmiCapabilitiesRequest((DcmiCapabilityParameter)data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = (byte)Parameter;
        return Length;
    }
}

/// <summary>
/// Get DCMI Capabilities Info response, DCMI v1.5 §6.1.1, Table 6-2: group, the DCMI specification
/// conformance (major, minor: 01 05 for 1.5), the parameter revision (0x02 for 1.5) and the parameter
/// data. ipmitool 1.8.19 `dcmi discover` asks for parameters 1-5 (lib/ipmi_dcmi.c).
/// </summary>
public readonly record struct GetDcmiCapabilitiesResponse(ReadOnlyMemory<byte> Data, byte Major = 1, byte Minor = 5, byte ParameterRevision = 2)
{
    public int Length =>
        1 +             // group extension ID
        1 +             // DCMI specification conformance, major
        1 +             // DCMI specification conformance, minor
        1 +             // parameter revision
        Data.Length;    // parameter data

    /// <summary>Parses the response; the parameter data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out GetDcmiCapabilitiesResponse response)
    {
        response = default;
        if (!DcmiGroup.Starts(data, 4))
            return false;
        response = new GetDcmiCapabilitiesResponse(data[4..].ToArray(), data[1], data[2], data[3]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = Major;
        destination[2] = Minor;
        destination[3] = ParameterRevision;
        Data.Span.CopyTo(destination[4..]);
        return Length;
    }
}

/// <summary>
/// The mandatory platform attributes parameter (2), DCMI v1.5 §6.1.1, Table 6-3: SEL attributes ([15]
/// automatic rollover, [14] flush all on rollover, [13] record-level flush, [11:0] maximum entries),
/// identification support ([2] GUID, [1] DHCP host name, [0] asset tag), temperature monitoring
/// ([2] baseboard, [1] processors, [0] inlet) and the temperature sampling period in seconds.
/// </summary>
public readonly record struct DcmiMandatoryPlatformAttributes(ushort SelAttributes, byte Identification, byte TemperatureMonitoring, byte SamplingPeriodSeconds)
{
    public const int Length =
        2 + // SEL attributes, LS byte first
        1 + // identification attributes
        1 + // temperature monitoring
        1;  // temperature sampling frequency in seconds

    public ushort MaximumSelEntries => (ushort)(SelAttributes & 0x0FFF);

    public static bool TryParse(ReadOnlySpan<byte> data, out DcmiMandatoryPlatformAttributes attributes)
    {
        attributes = default;
        if (data.Length < Length)
            return false;
        attributes = new DcmiMandatoryPlatformAttributes((ushort)(data[0] | data[1] << 8), data[2], data[3], data[4]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)SelAttributes;
        destination[1] = (byte)(SelAttributes >> 8);
        destination[2] = Identification;
        destination[3] = TemperatureMonitoring;
        destination[4] = SamplingPeriodSeconds;
        return Length;
    }
}
