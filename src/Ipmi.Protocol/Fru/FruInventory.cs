using Ipmi.Protocol.Messages;

namespace Ipmi.Protocol.Fru;

/// <summary>
/// A whole FRU inventory image, FRU Information Storage Definition v1.0 rev 1.3, §8: the 8-byte common
/// header (format version 0x01, area offsets in 8-byte units, 0 = absent, pad, zero checksum) followed
/// by the chassis, board and product info areas. Internal use and multi-record areas are not written
/// and are skipped when reading.
/// </summary>
public sealed record FruInventory(FruChassisInfo? Chassis = null, FruBoardInfo? Board = null, FruProductInfo? Product = null)
{
    public const int HeaderLength = 8;
    public const byte FormatVersion = 0x01;

    public int Length => HeaderLength + (Chassis?.Length ?? 0) + (Board?.Length ?? 0) + (Product?.Length ?? 0);

    /// <summary>The complete image, ready to serve with Read FRU Data.</summary>
    public byte[] ToArray()
    {
        var image = new byte[Length];
        WriteTo(image);
        return image;
    }

    public int WriteTo(Span<byte> destination)
    {
        var header = destination[..HeaderLength];
        header.Clear();
        header[0] = FormatVersion;
        var at = HeaderLength;
        if (Chassis is not null)
        {
            header[2] = (byte)(at / 8);
            at += Chassis.WriteTo(destination[at..]);
        }
        if (Board is not null)
        {
            header[3] = (byte)(at / 8);
            at += Board.WriteTo(destination[at..]);
        }
        if (Product is not null)
        {
            header[4] = (byte)(at / 8);
            at += Product.WriteTo(destination[at..]);
        }
        header[7] = Checksum.Compute(header[..7]);
        return at;
    }

    /// <summary>Parses the header and every area it points to; false if the header or a present area is invalid.</summary>
    public static bool TryParse(ReadOnlySpan<byte> image, out FruInventory inventory)
    {
        inventory = null!;
        if (image.Length < HeaderLength || image[0] != FormatVersion || !Checksum.IsValid(image[..HeaderLength]))
            return false;
        FruChassisInfo? chassis = null;
        FruBoardInfo? board = null;
        FruProductInfo? product = null;
        if ((image[2] != 0 && !FruChassisInfo.TryParse(image, image[2] * 8, out chassis))
            || (image[3] != 0 && !FruBoardInfo.TryParse(image, image[3] * 8, out board))
            || (image[4] != 0 && !FruProductInfo.TryParse(image, image[4] * 8, out product)))
            return false;
        inventory = new FruInventory(chassis, board, product);
        return true;
    }
}
