; Inno Setup script for Windows. Build the bundle first on Windows:
;   python -m PyInstaller --noconfirm installers\blueprint-studio.spec --distpath dist
; then compile this script with Inno Setup 6:  iscc installers\windows\blueprint-studio.iss

#define AppName "Blueprint Studio"
#define AppVersion "0.1.0"
; The windowed launcher opens documents (no console window behind the editor); the console
; one, beside it in the same folder, serves the command line and the self-test.
#define AppExe "blueprint-studio-gui.exe"
#define CliExe "blueprint-studio.exe"

[Setup]
AppId={{6F1C2D0B-8E3A-4E55-9B1F-2A7C5D9E4B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Blueprint Studio developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Blueprint-Studio-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern

[Files]
Source: "..\..\dist\blueprint-studio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\application-x-blueprint-studio.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
Root: HKA; Subkey: "Software\Classes\.bpx"; ValueType: string; ValueName: ""; ValueData: "BlueprintStudio.Document"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.bpx"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-blueprint-studio"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\BlueprintStudio.Document"; ValueType: string; ValueName: ""; ValueData: "Blueprint Studio document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\BlueprintStudio.Document\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\application-x-blueprint-studio.ico"
Root: HKA; Subkey: "Software\Classes\BlueprintStudio.Document\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#CliExe}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
