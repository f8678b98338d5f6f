namespace Ipmi.Protocol.Dcmi;

/// <summary>
/// A chunked read of a DCMI identity string: Get Asset Tag (DCMI v1.5 §6.4.2, command 0x06) and Get Management
/// Controller Identifier String (§6.4.5, command 0x09) share the request layout: group, offset to read, number of
/// bytes to read (at most <see cref="MaxChunk"/>). ipmitool 1.8.19 first asks for 0 (asset tag) or 1 (identifier)
/// bytes at offset 0 to learn the total length.
/// </summary>
public readonly record struct DcmiStringReadRequest(byte Offset, byte Count)
{
    /// <summary>The most bytes one read or write may carry, DCMI v1.5 §6.4.2-6.4.6.</summary>
    public const int MaxChunk = 16;

    public const int Length =
        1 + // group extension ID, 0xDC
        1 + // offset to read
        1;  // number of bytes to read

    public static bool TryParse(ReadOnlySpan<byte> data, out DcmiStringReadRequest request)
    {
        request = default;
        if (data.Length != Length || !DcmiGroup.Starts(data, Length))
            return false;
        request = new DcmiStringReadRequest(data[1], data[2]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = Offset;
        destination[2] = Count;
        return Length;
    }
}

/// <summary>The answer to a <see cref="DcmiStringReadRequest"/>: group, the stored string's total length, then the bytes read.</summary>
public readonly record struct DcmiStringReadResponse(byte TotalLength, byte[] Data)
{
    public int Length =>
        1 +             // group extension ID
        1 +             // total length of the stored string
        Data.Length;    // the bytes read

    public static bool TryParse(ReadOnlySpan<byte> data, out DcmiStringReadResponse response)
    {
        response = default;
        if (!DcmiGroup.Starts(data, 2) || data.Length - 2 > DcmiStringReadRequest.MaxChunk)
            return false;
        response = new DcmiStringReadResponse(data[1], data[2..].ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = TotalLength;
        Data.CopyTo(destination[2..]);
        return Length;
    }
}

/// <summary>
/// A chunked write of a DCMI identity string: Set Asset Tag (DCMI v1.5 §6.4.3, command 0x08) and Set Management
/// Controller Identifier String (§6.4.6, command 0x0A): group, offset to write, number of bytes to write (at most
/// 16), the bytes. The identifier's last chunk carries its null terminator.
/// </summary>
public readonly record struct DcmiStringWriteRequest(byte Offset, byte[] Data)
{
    public int Length =>
        1 +             // group extension ID
        1 +             // offset to write
        1 +             // number of bytes to write
        Data.Length;    // the bytes

    /// <summary>Fails unless the data is exactly the number of bytes the request says, and at most 16.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out DcmiStringWriteRequest request)
    {
        request = default;
        if (!DcmiGroup.Starts(data, 3) || data[2] > DcmiStringReadRequest.MaxChunk || data.Length != 3 + data[2])
            return false;
        request = new DcmiStringWriteRequest(data[1], data[3..].ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = Offset;
        destination[2] = (byte)Data.Length;
        Data.CopyTo(destination[3..]);
        return Length;
    }
}

/// <summary>
/// The answer to a <see cref="DcmiStringWriteRequest"/>: group and the total length written, which DCMI v1.5 §6.4.3
/// defines as the offset plus the bytes written (FreeIPMI also accepts the count of this write alone).
/// </summary>
public readonly record struct DcmiStringWriteResponse(byte TotalLengthWritten)
{
    public const int Length =
        1 + // group extension ID
        1;  // total length written

    public static bool TryParse(ReadOnlySpan<byte> data, out DcmiStringWriteResponse response)
    {
        response = default;
        if (data.Length != Length || !DcmiGroup.Starts(data, Length))
            return false;
        response = new DcmiStringWriteResponse(data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = TotalLengthWritten;
        return Length;
    }
}
