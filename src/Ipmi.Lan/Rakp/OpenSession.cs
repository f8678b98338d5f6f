using System.Buffers.Binary;
using Ipmi.Lan.Crypto;
using Ipmi.Protocol;

namespace Ipmi.Lan.Rakp;

/// <summary>
/// RMCP+ Open Session Request, IPMI v2.0 §13.17, Table 13-9: message tag, requested maximum privilege
/// (0 = highest level matching the proposed algorithms), reserved, remote console session ID, then the
/// authentication, integrity and confidentiality payloads (8 bytes each, <see cref="AlgorithmPayload"/>).
/// </summary>
public readonly record struct OpenSessionRequest(
    byte Tag,
    PrivilegeLevel RequestedMaximumPrivilege,
    uint RemoteConsoleSessionId,
    AuthenticationAlgorithm Authentication,
    IntegrityAlgorithm Integrity,
    ConfidentialityAlgorithm Confidentiality)
{
    public const int Size =
        sizeof(byte) +                  // message tag
        sizeof(byte) +                  // requested maximum privilege level (bits 3:0)
        sizeof(ushort) +                // reserved
        sizeof(uint) +                  // remote console session ID
        3 * AlgorithmPayload.Size;      // authentication, integrity, confidentiality payloads

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out OpenSessionRequest request)
    {
        request = default;
        if (source.Length < Size
            || !AlgorithmPayload.TryParse(source[8..], AlgorithmPayload.Authentication, out var authentication)
            || !AlgorithmPayload.TryParse(source[16..], AlgorithmPayload.Integrity, out var integrity)
            || !AlgorithmPayload.TryParse(source[24..], AlgorithmPayload.Confidentiality, out var confidentiality))
            return false;
        request = new OpenSessionRequest(
            source[0],
            (PrivilegeLevel)(source[1] & 0x0F),
            BinaryPrimitives.ReadUInt32LittleEndian(source[4..]),
            (AuthenticationAlgorithm)authentication,
            (IntegrityAlgorithm)integrity,
            (ConfidentialityAlgorithm)confidentiality);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Tag;
        destination[1] = (byte)RequestedMaximumPrivilege;
        destination[2] = 0;
        destination[3] = 0;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], RemoteConsoleSessionId);
        AlgorithmPayload.Write(destination[8..], AlgorithmPayload.Authentication, (byte)Authentication);
        AlgorithmPayload.Write(destination[16..], AlgorithmPayload.Integrity, (byte)Integrity);
        AlgorithmPayload.Write(destination[24..], AlgorithmPayload.Confidentiality, (byte)Confidentiality);
        return Size;
    }
}

/// <summary>
/// RMCP+ Open Session Response, IPMI v2.0 §13.18, Table 13-10: message tag, status, maximum privilege
/// level granted, reserved, remote console session ID, managed system session ID and the three chosen
/// algorithm payloads. Always written full length (phosphor-net-ipmid does the same on errors, and
/// ipmitool reads the status before anything else).
/// </summary>
public readonly record struct OpenSessionResponse(
    byte Tag,
    RmcpPlusStatus Status,
    PrivilegeLevel MaximumPrivilege,
    uint RemoteConsoleSessionId,
    uint ManagedSystemSessionId,
    AuthenticationAlgorithm Authentication,
    IntegrityAlgorithm Integrity,
    ConfidentialityAlgorithm Confidentiality)
{
    public const int Size =
        sizeof(byte) +                  // message tag
        sizeof(byte) +                  // RMCP+ status code
        sizeof(byte) +                  // maximum privilege level
        sizeof(byte) +                  // reserved
        sizeof(uint) +                  // remote console session ID
        sizeof(uint) +                  // managed system session ID
        3 * AlgorithmPayload.Size;      // authentication, integrity, confidentiality payloads

    /// <summary>Bytes a response carrying an error status needs (IPMI v2.0 §13.18 allows the rest to be absent).</summary>
    public const int ErrorSize = 8;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out OpenSessionResponse response)
    {
        response = default;
        if (source.Length < ErrorSize)
            return false;
        var status = (RmcpPlusStatus)source[1];
        var full = source.Length >= Size;
        if (!full && status == RmcpPlusStatus.NoErrors)
            return false;
        response = new OpenSessionResponse(
            source[0],
            status,
            (PrivilegeLevel)(source[2] & 0x0F),
            BinaryPrimitives.ReadUInt32LittleEndian(source[4..]),
            full ? BinaryPrimitives.ReadUInt32LittleEndian(source[8..]) : 0,
            full ? (AuthenticationAlgorithm)(source[16] & 0x3F) : default,
            full ? (IntegrityAlgorithm)(source[24] & 0x3F) : default,
            full ? (ConfidentialityAlgorithm)(source[32] & 0x3F) : default);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Tag;
        destination[1] = (byte)Status;
        destination[2] = (byte)MaximumPrivilege;
        destination[3] = 0;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], RemoteConsoleSessionId);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[8..], ManagedSystemSessionId);
        AlgorithmPayload.Write(destination[12..], AlgorithmPayload.Authentication, (byte)Authentication);
        AlgorithmPayload.Write(destination[20..], AlgorithmPayload.Integrity, (byte)Integrity);
        AlgorithmPayload.Write(destination[28..], AlgorithmPayload.Confidentiality, (byte)Confidentiality);
        return Size;
    }
}
