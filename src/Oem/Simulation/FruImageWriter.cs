using System.Text;

namespace Oem.Simulation;

/// <summary>
/// Writes a minimal IPMI FRU image for the simulated EEPROM (Platform Management FRU Information Storage Definition
/// v1.0 rev 1.3): the common header (§8), a Board Info Area (§11) and a Product Info Area (§12). Areas are padded to
/// multiples of 8 bytes and end with a zero checksum; strings are 8-bit ASCII type/length fields (§13, type 11b).
/// Demo-only: Ipmi.Protocol/Fru will own the full codec.
/// </summary>
public static class FruImageWriter
{
    /// <summary>Board manufacturing dates count minutes from 1996-01-01 00:00 (§11, byte 3).</summary>
    public static readonly DateTime FruEpoch = new(1996, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const byte FormatVersion = 0x01;
    private const byte EndOfFields = 0xC1;
    private const byte EnglishLanguage = 0x00;

    public sealed record BoardInfo(DateTime Manufactured, string Manufacturer, string ProductName, string SerialNumber, string PartNumber);

    public sealed record ProductInfo(string Manufacturer, string ProductName, string PartNumber, string Version, string SerialNumber, string AssetTag);

    /// <summary>The image, padded with 0xFF to <paramref name="size"/>.</summary>
    public static byte[] Write(BoardInfo board, ProductInfo product, int size)
    {
        var boardArea = Area([
            FormatVersion, 0, EnglishLanguage, .. MinutesSinceEpoch(board.Manufactured),
            .. Field(board.Manufacturer), .. Field(board.ProductName), .. Field(board.SerialNumber), .. Field(board.PartNumber),
            .. Field(""), // FRU file ID
        ]);
        var productArea = Area([
            FormatVersion, 0, EnglishLanguage,
            .. Field(product.Manufacturer), .. Field(product.ProductName), .. Field(product.PartNumber), .. Field(product.Version),
            .. Field(product.SerialNumber), .. Field(product.AssetTag), .. Field(""), // FRU file ID
        ]);
        byte[] header = [FormatVersion, 0, 0, 1, (byte)(1 + boardArea.Length / 8), 0, 0, 0];
        header[7] = ZeroChecksum(header.AsSpan(0, 7));
        var image = new byte[size];
        image.AsSpan().Fill(0xFF);
        byte[] used = [.. header, .. boardArea, .. productArea];
        if (used.Length > size)
            throw new ArgumentOutOfRangeException(nameof(size), $"The FRU image needs {used.Length} bytes.");
        used.CopyTo(image, 0);
        return image;
    }

    /// <summary>The two's complement of the byte sum, so that all bytes including it sum to zero (§16.2).</summary>
    public static byte ZeroChecksum(ReadOnlySpan<byte> bytes)
    {
        var sum = 0;
        foreach (var b in bytes)
            sum += b;
        return (byte)-sum;
    }

    /// <summary>Adds the end marker, pads to a multiple of 8 with the checksum last, and sets the length byte.</summary>
    private static byte[] Area(List<byte> body)
    {
        body.Add(EndOfFields);
        var length = (body.Count + 1 + 7) / 8 * 8;
        while (body.Count < length - 1)
            body.Add(0);
        body[1] = (byte)(length / 8);
        body.Add(ZeroChecksum(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(body)));
        return [.. body];
    }

    private static byte[] Field(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        if (bytes.Length > 63)
            throw new ArgumentOutOfRangeException(nameof(text), "A type/length field holds at most 63 bytes.");
        return [(byte)(0xC0 | bytes.Length), .. bytes];
    }

    private static byte[] MinutesSinceEpoch(DateTime when)
    {
        var minutes = (uint)(when - FruEpoch).TotalMinutes;
        return [(byte)minutes, (byte)(minutes >> 8), (byte)(minutes >> 16)];
    }
}
