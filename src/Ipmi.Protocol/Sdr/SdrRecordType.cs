namespace Ipmi.Protocol.Sdr;

/// <summary>SDR record type codes, IPMI v2.0 §43 (Table 43-1 to 43-12). 0xC0-0xFF are OEM records.</summary>
public enum SdrRecordType : byte
{
    /// <summary>Full Sensor Record (Table 43-1): implemented.</summary>
    FullSensor = 0x01,
    /// <summary>Compact Sensor Record (Table 43-2): implemented.</summary>
    CompactSensor = 0x02,
    EventOnly = 0x03,
    EntityAssociation = 0x08,
    DeviceRelativeEntityAssociation = 0x09,
    GenericDeviceLocator = 0x10,
    /// <summary>FRU Device Locator (Table 43-7): implemented.</summary>
    FruDeviceLocator = 0x11,
    /// <summary>Management Controller Device Locator (Table 43-8): implemented.</summary>
    McDeviceLocator = 0x12,
    McConfirmation = 0x13,
    BmcMessageChannelInfo = 0x14,
    Oem = 0xC0,
}
