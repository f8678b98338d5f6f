namespace Oem.Chips.Pmbus;

/// <summary>The PMBus command codes this driver uses (PMBus 1.3 Part II, Table 31).</summary>
public enum PmbusCommand : byte
{
    ClearFaults = 0x03,
    /// <summary>Byte: data format of the VOUT commands; bits 7:5 = 000 for LINEAR16 with the exponent in bits 4:0 (§8.3.1).</summary>
    VoutMode = 0x20,
    StatusWord = 0x79,
    ReadVin = 0x88,
    ReadIin = 0x89,
    ReadVout = 0x8B,
    ReadIout = 0x8C,
    ReadTemperature1 = 0x8D,
    ReadFanSpeed1 = 0x90,
    ReadPout = 0x96,
    ReadPin = 0x97,
    PmbusRevision = 0x98,
}
