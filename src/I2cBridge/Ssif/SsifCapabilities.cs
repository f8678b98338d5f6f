namespace I2cBridge.Ssif;

/// <summary>
/// The SSIF answer of Get System Interface Capabilities (NetFn App 0x06, cmd 0x57, interface type 0 = SSIF;
/// IPMI v2.0 §22.9, Table 22-14): the response data after the completion code.
/// </summary>
public readonly record struct SsifCapabilities(SsifMultiPart MultiPart, bool PecSupported, byte Version, byte MaxRequestLength, byte MaxResponseLength)
{
    /// <summary>What to assume when the BMC does not implement the command, as the Linux ipmi_ssif driver does.</summary>
    public static SsifCapabilities Default => new(SsifMultiPart.None, false, 0, 32, 32);

    public int Length =>
        sizeof(byte) + // reserved
        sizeof(byte) + // transaction support mask: [7:6] multi-part, [3] PEC, [2:0] version
        sizeof(byte) + // input message size (largest request the BMC accepts)
        sizeof(byte);  // output message size (largest response it sends)

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = 0x00;
        destination[1] = (byte)(((byte)MultiPart << 6) | (PecSupported ? 0x08 : 0) | (Version & 0x07));
        destination[2] = MaxRequestLength;
        destination[3] = MaxResponseLength;
        return 4;
    }

    public static bool TryParse(ReadOnlySpan<byte> source, out SsifCapabilities capabilities)
    {
        capabilities = default;
        if (source.Length < 4 || (source[1] >> 6) > (int)SsifMultiPart.StartMiddleEnd)
            return false;
        capabilities = new SsifCapabilities((SsifMultiPart)(source[1] >> 6), (source[1] & 0x08) != 0, (byte)(source[1] & 0x07), source[2], source[3]);
        return true;
    }
}
