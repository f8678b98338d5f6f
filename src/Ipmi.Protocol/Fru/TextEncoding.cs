namespace Ipmi.Protocol.Fru;

/// <summary>
/// The type code of a type/length byte (bits 7:6), shared by FRU fields (Platform Management FRU
/// Information Storage Definition v1.0 rev 1.3, §13) and SDR ID strings (IPMI v2.0 §43.15).
/// </summary>
public enum TextEncoding : byte
{
    /// <summary>0b00: binary or unspecified in FRU fields; Unicode in SDR ID strings.</summary>
    Binary = 0b00,
    /// <summary>0b01: BCD plus (IPMI v2.0 §43.15): digits, then space, dash, period, colon, comma, underscore for 0xA-0xF.</summary>
    BcdPlus = 0b01,
    /// <summary>0b10: 6-bit ASCII packed, four characters in three bytes.</summary>
    SixBitAscii = 0b10,
    /// <summary>0b11: 8-bit ASCII + Latin-1 (FRU: interpretation depends on the language code).</summary>
    Latin1 = 0b11,
}
