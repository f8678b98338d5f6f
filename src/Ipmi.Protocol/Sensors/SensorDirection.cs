namespace Ipmi.Protocol.Sensors;

/// <summary>Whether a sensor monitors an input or output of its entity, IPMI v2.0 §43.1, Table 43-1 byte 29 bits 1:0.</summary>
public enum SensorDirection : byte
{
    Unspecified = 0b00,
    Input = 0b01,
    Output = 0b10,
}
