; Inno Setup 6 script for Windows 10 and 11 (x64). Build the bundle first, on Windows:
;   python -m PyInstaller --noconfirm installers\blueprint-studio.spec --distpath dist
; then compile, giving the version (the release workflow reads it with installers\version.py):
;   iscc /DAppVersion=0.1.0 installers\windows\blueprint-studio.iss
; To sign, define SignCommand and pass iscc the matching /S option, e.g.
;   iscc /DAppVersion=0.1.0 /DSignCommand=azsign "/Sazsign=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 $f" …

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=x.y.z (python installers\version.py prints it)
#endif
#define AppName "Blueprint Studio"
; The windowed launcher opens documents (no console window behind the editor); the console
; one, beside it in the same folder, serves the command line and the self-test.
#define AppExe "blueprint-studio-gui.exe"
#define CliExe "blueprint-studio.exe"

[Setup]
AppId={{6F1C2D0B-8E3A-4E55-9B1F-2A7C5D9E4B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Blueprint Studio developers
VersionInfoVersion={#AppVersion}
; For the current user without administrator rights; the first page offers all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Blueprint-Studio-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\blueprint-studio.ico
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
ChangesEnvironment=yes
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern
#ifdef SignCommand
SignTool={#SignCommand}
SignedUninstaller=yes
#endif

[Tasks]
Name: "commandline"; Description: "Add blueprint-studio to PATH, for the command line and git"; Flags: unchecked

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
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; What the program writes beside itself at run time (Python's caches): the folder goes whole.
Type: filesandordirs; Name: "{app}"

[Code]
const
  UserEnvironment = 'Environment';
  MachineEnvironment = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function EnvironmentRoot(): Integer;
begin
  if IsAdminInstallMode() then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey(): String;
begin
  if IsAdminInstallMode() then Result := MachineEnvironment else Result := UserEnvironment;
end;

procedure ChangePath(Add: Boolean);
var
  Path, Folder: String;
  Position: Integer;
begin
  Folder := ExpandConstant('{app}');
  if not RegQueryStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path) then Path := '';
  Position := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';');
  if Add and (Position = 0) then begin
    if (Path <> '') and (Copy(Path, Length(Path), 1) <> ';') then Path := Path + ';';
    RegWriteExpandStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path + Folder);
  end else if (not Add) and (Position > 0) then begin
    Delete(Path, Position, Length(Folder) + 1);
    if Copy(Path, Length(Path), 1) = ';' then Delete(Path, Length(Path), 1);
    RegWriteExpandStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then begin
    // The installation proves itself before it is called done: a failed self-test fails the setup.
    WizardForm.StatusLabel.Caption := 'Checking the installation...';
    if not Exec(ExpandConstant('{app}\{#CliExe}'), '--self-test', '', SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      RaiseException('The installed program failed its self-test (exit code ' + IntToStr(ResultCode) + '). Please report this; nothing else on the system was changed.');
    if WizardIsTaskSelected('commandline') then ChangePath(True);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then ChangePath(False);
end;
